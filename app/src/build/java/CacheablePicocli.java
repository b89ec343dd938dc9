import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.io.File;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.JSRInlinerAdapter;

/**
 * Build step (run by the app's pom at process-classes, never part of the jar): writes picocli's classes
 * into the app's classes as Java 8 class files with stack map frames. picocli ships Java 5 class files,
 * which neither JDK 17's class-data archive nor JDK 25's ahead-of-time cache can hold, so every script
 * command read and verified them from the jar (docs/performance.md, "picocli from the start-up cache").
 * Only the class-file version and the frames change; the code is picocli's own.
 *
 * <p>Argument: the classes folder to write into. picocli's jar and ASM come from the class path; the
 * folder may be on it too (holding a previous build's rewrite), so only a jar counts as picocli's.
 */
public final class CacheablePicocli {
    private static final int CACHEABLE = Opcodes.V1_8;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java -classpath ASM_AND_PICOCLI CacheablePicocli.java CLASSES_FOLDER");
        }
        Path jar = picocliJar();
        Path classes = Path.of(args[0]);
        int rewritten = 0; // a build's output stays quiet; a jar without picocli's classes is the one failure
        try (InputStream file = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                String name = entry.getName();
                if (!name.startsWith("picocli/") || !name.endsWith(".class")) {
                    continue;
                }
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, cacheable(zip.readAllBytes()));
                rewritten++;
            }
        }
        if (rewritten == 0) {
            throw new IllegalStateException("no picocli classes in " + jar);
        }
    }

    private static Path picocliJar() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    if (zip.getEntry("picocli/CommandLine.class") != null) {
                        return path;
                    }
                }
            }
        }
        throw new IllegalStateException("picocli's jar is not on the class path");
    }

    /** The class as a Java 8 class file: subroutines (JSR/RET) inlined, stack map frames computed. */
    static byte[] cacheable(byte[] original) {
        ClassReader reader = new ClassReader(original);
        if (reader.readShort(6) >= CACHEABLE) {
            return original;
        }
        // Frames need the common super class of two types, found by loading them (not initialising):
        // picocli's own from the picocli jar on this program's class path, the rest from the JDK.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(CACHEABLE, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new JSRInlinerAdapter(next, access, name, descriptor, signature, exceptions);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
