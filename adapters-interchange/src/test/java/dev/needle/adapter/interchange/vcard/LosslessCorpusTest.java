package dev.needle.adapter.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.interchange.Fixtures;
import dev.needle.domain.Contact;
import dev.needle.domain.PersonName;
import dev.needle.domain.ReachLabel;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.property.VCardProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip of issue 17 over cards written for it (src/test/resources/vcard/lossless, one file
 * per vCard version, each with every case): import, export, import again keeps every field of every
 * card, and every property of the original card is in the exported one, but what the version written
 * has no meaning for.
 */
class LosslessCorpusTest {

    static Stream<Arguments> filesAndVersions() {
        return Stream.of("2.1", "3.0", "4.0").flatMap(source -> Stream.of("3.0", "4.0")
                .map(target -> Arguments.of("vcard/lossless/cases-" + source + ".vcf", target)));
    }

    private static String text(String fixture) {
        try {
            return Files.readString(Fixtures.path(fixture), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} exported as {1}")
    @MethodSource("filesAndVersions")
    void importExportImportKeepsEveryField(String fixture, String version) {
        List<Contact> first = CardImports.importText(fixture, text(fixture)).contacts();

        String exported = CardImports.export(first, version);
        List<Contact> second = CardImports.importText("export.vcf", exported).contacts();

        assertThat(second).hasSameSizeAs(first);
        VCardVersion target = VCardVersion.valueOfByStr(version);
        for (int i = 0; i < first.size(); i++) {
            Contact before = first.get(i);
            Contact after = second.get(i);
            assertThat(after.uid()).isEqualTo(before.uid());
            assertThat(CardImports.fields(after)).usingRecursiveComparison().ignoringFields("other programs' fields")
                    .isEqualTo(CardImports.fields(carried(before, target)));
            // In any order: a kept EMAIL is written among the emails; ORG order is checked on the cards.
            assertThat(after.foreignFields()).containsExactlyInAnyOrderElementsOf(keptIn(before.foreignFields(), target));
        }
    }

    @ParameterizedTest(name = "{0} exported as {1}")
    @MethodSource("filesAndVersions")
    void everyPropertyOfTheOriginalCardIsInTheExportedOneInItsOrder(String fixture, String version) {
        List<VCard> originals = parse(text(fixture));
        VCardVersion target = VCardVersion.valueOfByStr(version);

        List<VCard> exported = parse(CardImports.export(CardImports.importText(fixture, text(fixture)).contacts(), version));

        assertThat(exported).hasSameSizeAs(originals);
        for (int i = 0; i < originals.size(); i++) {
            List<String> want = CardFields.of(originals.get(i), target);
            List<String> got = CardFields.of(exported.get(i), target);
            assertThat(got).as("card %d of %s", i + 1, fixture).containsAll(want);
            assertThat(got.stream().filter(line -> line.startsWith("ORG")).toList()).as("ORG lines in order")
                    .isEqualTo(want.stream().filter(line -> line.startsWith("ORG")).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void theFieldsAreReadIntoNeedlesFieldsNotLeftAside(String fixture) {
        CardImports.Imported imported = CardImports.importText(fixture, text(fixture));
        Contact mike = imported.contacts().get(0);

        ezvcard.property.StructuredName n = parse(CardImports.export(List.of(mike), "4.0")).get(0).getStructuredName();
        assertThat(n.getFamily()).isEqualTo("Angstadt");
        assertThat(n.getGiven()).isEqualTo("Michael");
        assertThat(n.getPrefixes()).contains("Mr.");
        assertThat(n.getSuffixes()).startsWith("Jr.");
        assertThat(mike.company()).isEqualTo("Acme Research");
        assertThat(mike.reach().phones()).hasSize(3).contains("905-888-1234");
        assertThat(mike.reachLabels().of("905-888-1234").types()).containsExactly("home", "fax");
        assertThat(mike.reachLabels().of("+1 555 0100")).isEqualTo(new ReachLabel(List.of("cell"), 1));
        assertThat(mike.reach().emails()).containsExactly("mike@home.example", "mike@acme.example");
        assertThat(mike.categories()).contains("My Contacts");
        assertThat(mike.offers()).contains(Tag.of("intros to hiring managers"));
        assertThat(mike.lookingFor()).containsExactly(Tag.of("ux research"));
        assertThat(mike.stage()).isNotEqualTo(Stage.MET);
        assertThat(mike.foreignFields()).anyMatch(line -> line.startsWith("EMAIL") && line.endsWith(":ÑÑÑÑ"));
        assertThat(imported.report().outcomes().get(0).notes()).anySatisfy(note -> assertThat(note)
                .matches("line \\d+: kept EMAIL \"ÑÑÑÑ\" as it came.*not an email address.*"));
        assertThat(mike.notes()).isEqualTo("Met at the fair.\nLikes chess.");
        assertThat(imported.contacts()).allSatisfy(contact -> assertThat(contact.uid()).isNotBlank());
        assertThat(imported.contacts().get(2).uid()).startsWith("alex-kim-");
    }

    static Stream<String> sources() {
        return Stream.of("2.1", "3.0", "4.0").map(v -> "vcard/lossless/cases-" + v + ".vcf");
    }

    @Test
    void aTelUriWithAnExtensionKeepsItAndShowsIt() {
        Contact mike = CardImports.importText("4.0", text("vcard/lossless/cases-4.0.vcf")).contacts().get(0);

        assertThat(mike.reach().phones()).contains("+1-418-656-9254 ext. 102");
        assertThat(CardImports.export(List.of(mike), "4.0")).contains("tel:+1-418-656-9254;ext=102");
        assertThat(mike.reachLabels().of("mike@acme.example").preference()).isEqualTo(2);
    }

    /** A name typed on one line: credentials and pronouns are not a family name. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void aNameWithoutPartsIsSplitCarefullyOnExport(String fixture) {
        List<Contact> contacts = CardImports.importText(fixture, text(fixture)).contacts();

        List<VCard> exported = parse(CardImports.export(contacts, "4.0"));

        assertThat(exported.get(1).getStructuredName().getFamily()).isEqualTo("Nayak");
        assertThat(exported.get(1).getStructuredName().getSuffixes()).containsExactly("MSc", "MBA");
        assertThat(exported.get(2).getStructuredName().getFamily()).isEqualTo("Kim");
        assertThat(exported.get(2).getStructuredName().getGiven()).isEqualTo("Alex");
    }

    @Test
    void version40DropsWhatOnlyOlderVersionsMean() {
        List<Contact> contacts = CardImports.importText("3.0", text("vcard/lossless/cases-3.0.vcf")).contacts();

        assertThat(CardImports.export(contacts, "4.0")).doesNotContain("PROFILE").doesNotContain("\r\nNAME:");
        assertThat(CardImports.export(contacts, "3.0")).contains("PROFILE:VCard");
    }

    @Test
    void guessedPartsAreNotStoredAsTheSourcesOwn() {
        Contact rashmi = CardImports.importText("4.0", text("vcard/lossless/cases-4.0.vcf")).contacts().get(1);

        assertThat(rashmi.nameParts()).isEqualTo(PersonName.EMPTY);
    }

    /** vCard 3.0 has TYPE=pref for the most preferred only: a preference of 2 cannot travel in it. */
    private static Contact carried(Contact contact, VCardVersion target) {
        if (target != VCardVersion.V3_0) {
            return contact;
        }
        java.util.Map<String, ReachLabel> labels = new java.util.LinkedHashMap<>();
        contact.reachLabels().byAddress().forEach((address, label) -> labels.put(address,
                new ReachLabel(label.types(), label.preference() > 1 ? 0 : label.preference())));
        return contact.edit().reachLabels(new dev.needle.domain.ReachLabels(labels)).build();
    }

    private static List<String> keptIn(List<String> foreign, VCardVersion target) {
        List<String> kept = new ArrayList<>();
        for (String line : foreign) {
            List<VCardProperty> properties = ForeignFields.read(List.of(line));
            if (properties.stream().allMatch(p -> p.isSupportedBy(target))) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static List<VCard> parse(String text) {
        try (VCardReader reader = new VCardReader(text)) {
            reader.setCaretDecodingEnabled(true);
            return reader.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each property of a card as one comparable line: its vCard 4.0 line with the group dropped,
     * parameter names upper case and values lower case, TYPE lists split and sorted, TYPE=pref as
     * PREF=1; what the target version cannot carry (the property, a PREF above 1 in 3.0, a tel: URI
     * in 3.0) as that version has it. VERSION and PRODID are not facts about the person.
     */
    static final class CardFields {
        static List<String> of(VCard card, VCardVersion target) {
            List<String> lines = new ArrayList<>();
            for (VCardProperty property : card.getProperties()) {
                if (!property.isSupportedBy(target) || property instanceof ezvcard.property.ProductId) {
                    continue;
                }
                for (String line : ForeignFields.write(List.of(property))) {
                    lines.add(normal(line, target));
                }
            }
            return lines;
        }

        private static String normal(String line, VCardVersion target) {
            int colon = valueStart(line);
            String head = line.substring(0, colon);
            String value = line.substring(colon + 1);
            List<String> parts = split(head);
            String name = parts.get(0).toUpperCase(Locale.ROOT);
            name = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
            List<String> params = new ArrayList<>();
            for (String param : parts.subList(1, parts.size())) {
                int eq = param.indexOf('=');
                String key = eq < 0 ? "TYPE" : param.substring(0, eq).toUpperCase(Locale.ROOT);
                String values = (eq < 0 ? param : param.substring(eq + 1)).toLowerCase(Locale.ROOT);
                for (String one : key.equals("TYPE") ? values.split(",") : new String[] {values}) {
                    if (key.equals("TYPE") && one.equals("pref")) {
                        params.add("PREF=1");
                    } else if (!(key.equals("VALUE") || key.equals("PREF") && target == VCardVersion.V3_0 && !one.equals("1"))) {
                        params.add(key + "=" + one);
                    }
                }
            }
            if (name.equals("TEL") && target == VCardVersion.V3_0 && value.startsWith("tel:")) {
                value = value.substring(4).replace(";ext=", " ext. ");
            }
            params.sort(null);
            return name + params + ":" + value;
        }

        private static int valueStart(String line) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return i;
                }
            }
            return line.length();
        }

        private static List<String> split(String head) {
            List<String> parts = new ArrayList<>();
            boolean quoted = false;
            int from = 0;
            for (int i = 0; i < head.length(); i++) {
                char c = head.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ';' && !quoted) {
                    parts.add(head.substring(from, i));
                    from = i + 1;
                }
            }
            parts.add(head.substring(from));
            return parts;
        }
    }
}
