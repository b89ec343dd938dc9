package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The picocli classes the app runs on are class files the start-up caches can hold (version 50 or later,
 * with stack map frames): picocli's own jar has Java 5 ones, which JDK 17's class-data archive and JDK 25's
 * ahead-of-time cache leave out, so every script command read and verified them from the jar.
 */
class CacheablePicocliTest {
    private static final int JAVA_8 = 52;

    @Test
    void everyPicocliClassTheAppLoadsIsAJava8ClassFile() throws IOException, URISyntaxException {
        Path loadedFrom = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (FileSystem jar = Files.isDirectory(loadedFrom) ? null : FileSystems.newFileSystem(loadedFrom, Map.of())) {
            Path root = jar == null ? loadedFrom : jar.getPath("/");
            List<Path> classes;
            try (Stream<Path> files = Files.walk(root.resolve("picocli"))) {
                classes = files.filter(file -> file.toString().endsWith(".class")).toList();
            }
            assertThat(classes).hasSizeGreaterThan(100);
            for (Path file : classes) {
                assertThat(majorVersion(file)).as("class-file version of %s (from %s)", file, loadedFrom).isGreaterThanOrEqualTo(JAVA_8);
            }
        }
    }

    private static int majorVersion(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // 0xCAFEBABE
            data.readUnsignedShort(); // minor
            return data.readUnsignedShort();
        }
    }
}
