package dev.needle.app.serve;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.sshd.server.channel.ChannelSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's side of a session's screen: once the client has gone (its window closed, its network
 * dropped), what is still written, such as the UI restoring a screen nobody sees, is dropped instead
 * of failing. A write that fails while the channel is open still fails.
 */
final class ClientOutput extends OutputStream {
    private static final Logger LOG = LoggerFactory.getLogger(ClientOutput.class);

    private final OutputStream channelOut;
    private final ChannelSession channel;
    private volatile boolean gone;

    ClientOutput(OutputStream channelOut, ChannelSession channel) {
        this.channelOut = channelOut;
        this.channel = channel;
    }

    /** Whether the client had gone when the screen was last written. */
    boolean clientGone() {
        return gone;
    }

    @Override
    public void write(int b) throws IOException {
        unlessGone(() -> channelOut.write(b));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        unlessGone(() -> channelOut.write(bytes, offset, length));
    }

    @Override
    public void flush() throws IOException {
        unlessGone(channelOut::flush);
    }

    @Override
    public void close() throws IOException {
        unlessGone(channelOut::close);
    }

    /** One write to the channel. */
    private interface ChannelWrite {
        void run() throws IOException;
    }

    private void unlessGone(ChannelWrite write) throws IOException {
        if (gone) {
            return;
        }
        try {
            write.run();
        } catch (IOException failure) {
            dropIfGone(failure);
        }
    }

    private void dropIfGone(IOException failure) throws IOException {
        if (channel.isOpen() && !channel.isClosing()) {
            throw failure;
        }
        gone = true;
        LOG.debug("The client has gone; the rest of its screen is dropped", failure);
    }
}
