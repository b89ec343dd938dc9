package dev.needle.app.serve;

import java.io.IOException;
import java.util.Map;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionFactory;

/**
 * A session channel that remembers whether the client asked for a terminal. The terminal modes in that
 * request cannot tell: {@code ssh -tt} run from a script has no local terminal to copy them from, and
 * Go's SSH clients send none by default, yet both want the full-screen UI.
 */
final class TerminalAwareChannel extends ChannelSession {
    private volatile boolean terminalRequested;

    /** True once the client sent a pty request, whatever modes it carried. */
    boolean terminalRequested() {
        return terminalRequested;
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows, int width, int height,
                                                      Map<PtyMode, Integer> modes) throws IOException {
        terminalRequested = true;
        return super.handlePtyReqParsed(term, columns, rows, width, height, modes);
    }

    /** Makes these channels for every "session" a client opens. */
    static final class Factory extends ChannelSessionFactory {
        @Override
        public Channel createChannel(Session session) {
            return new TerminalAwareChannel();
        }
    }
}
