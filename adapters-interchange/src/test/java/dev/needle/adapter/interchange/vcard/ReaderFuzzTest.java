package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.adapter.interchange.linkedin.LinkedInConnectionsReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes arrive, the readers either read them or refuse them with an InterchangeException. */
class ReaderFuzzTest {
    private static final String CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL:a@x.example\r\nN:Ruiz;Ana;;;\r\n"
            + "ORG:Acme;Dept\r\nNOTE;ENCODING=QUOTED-PRINTABLE:=C3=A9=\r\nx\r\nEND:VCARD\r\n";

    @Property(tries = 400)
    void vCardReaderOnlyEverRefusesWithAnInterchangeException(@ForAll("vcardish") byte[] bytes) {
        assertOnlyInterchangeExceptions(() -> new VCardFileReader().read("fuzz.vcf", bytes));
    }

    @Property(tries = 400)
    void linkedInReaderOnlyEverRefusesWithAnInterchangeException(@ForAll("csvish") byte[] bytes) {
        assertOnlyInterchangeExceptions(() -> new LinkedInConnectionsReader().read("fuzz.csv", bytes));
    }

    @Provide
    Arbitrary<byte[]> vcardish() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                mutated(CARD), mutated(CARD + CARD));
    }

    @Provide
    Arbitrary<byte[]> csvish() {
        String csv = "Notes:\r\n\"a, b\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                + "Ana,Ruiz,https://x.example/ana,a@x.example,\"Acme, Inc\",CTO,05 Oct 2020\r\n";
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(300), mutated(csv));
    }

    /** The sample with one stretch replaced by random characters: near-valid input reaches deeper code. */
    private static Arbitrary<byte[]> mutated(String sample) {
        Arbitrary<String> noise = Arbitraries.strings().withChars("\r\n:;,=\"\\ ;=BEGIN:VCARDEND\u00e9\uFEFF")
                .ofMaxLength(12).injectNull(0.0);
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, sample.length()),
                        Arbitraries.integers().between(0, 10), noise)
                .as((at, cut, text) -> {
                    int end = Math.min(sample.length(), at + cut);
                    return (sample.substring(0, at) + text + sample.substring(end)).getBytes(StandardCharsets.UTF_8);
                });
    }

    private static void assertOnlyInterchangeExceptions(Runnable read) {
        try {
            read.run();
        } catch (InterchangeException refused) {
            assertThat(refused.getMessage()).startsWith("fuzz.");
        }
    }
}
