package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ImportPlanUseCase.PlannedNeed;
import dev.needle.domain.Budget;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Money;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import dev.needle.domain.triage.Recommendation;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReadingTest {
    private static final String PLAN = """
            needle: plan
            format: 1
            direction:
              kind: job search
              statement: Land a product design role at a climate company in Berlin.
              offers: [ux research, portfolio reviews]
            needs:
              - title: Introduction at Acme
                kind: introduction
                targets:
                  - company: Acme Corp
                  - role: design lead
              - title: Feedback on my portfolio
                kind: feedback
                targets:
                  - topic: portfolio
                status: in-progress
                notes: Ask two people, not ten.
            budget:
              weekly-hours: 4.5
              monthly-money: "40.00"
            triage:
              strong-fit: 70
              target-weights: {company: 90}
            templates:
              decline-kindly: Hi {first}, thanks, but not now.
            """;

    private final NeedleYaml yaml = new NeedleYaml();

    private YamlDocument read(String text) {
        return yaml.read("plan.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAHandWrittenPlan() {
        PlanFile file = (PlanFile) read(PLAN);

        assertThat(file.plan().direction()).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(DirectionKind.JOB_SEARCH);
            assertThat(d.offers()).containsExactlyInAnyOrder(Tag.of("ux research"), Tag.of("portfolio reviews"));
        });
        assertThat(file.plan().needs()).extracting(PlannedNeed::title)
                .containsExactly("Introduction at Acme", "Feedback on my portfolio");
        assertThat(file.plan().needs().get(0).targets())
                .containsExactly(Target.company("Acme Corp"), Target.role("design lead"));
        assertThat(file.plan().needs().get(0).kind()).isEqualTo(NeedKind.INTRODUCTION);
        assertThat(file.plan().needs().get(1).status()).isEqualTo(NeedStatus.IN_PROGRESS);
        assertThat(file.plan().budget()).contains(new Budget(270, Money.parse("40.00")));
        assertThat(file.triage()).hasValueSatisfying(t -> {
            assertThat(t.strongFit()).isEqualTo(70);
            assertThat(t.targetWeights().get(dev.needle.domain.TargetKind.COMPANY)).isEqualTo(90);
            assertThat(t.templates().byRecommendation().get(Recommendation.DECLINE_KINDLY))
                    .isEqualTo("Hi {first}, thanks, but not now.");
        });
    }

    @Test
    void aPlanWrittenOutReadsBackTheSame() {
        PlanFile file = (PlanFile) read(PLAN);
        StringWriter out = new StringWriter();
        yaml.writePlan(file.plan(), file.triage(), out);

        PlanFile again = (PlanFile) read(out.toString());

        assertThat(again).isEqualTo(file);
        assertThat(out.toString()).contains("monthly-money: \"40.00\"", "- company: Acme Corp", "kind: job-search");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        String text = PLAN.replace("    notes: Ask two people", "    colour: blue\n    notes: Ask two people");

        assertThatThrownBy(() -> read(text)).isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("plan.yaml, line 18: unknown key 'colour' in needs[1]")
                .hasMessageContaining("expected one of: kind, met-by, met-on, notes, status, targets, title");
    }

    @Test
    void anUnknownKeyAtTheTopIsNamedToo() {
        assertThatThrownBy(() -> read(PLAN + "extra: 1\n"))
                .hasMessageStartingWith("plan.yaml, line 27: unknown key 'extra' at the top level");
    }

    @Test
    void typeTagsAreRefusedNotHonoured() {
        assertThatThrownBy(() -> read(PLAN.replace("kind: feedback", "kind: !!java.net.URL feedback")))
                .hasMessageStartingWith("plan.yaml, line 14: type tags")
                .hasMessageContaining("java.net.URL");
        assertThatThrownBy(() -> read(PLAN.replace("notes: Ask", "notes: !custom Ask")))
                .hasMessageContaining("type tags such as `!custom`");
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        String text = PLAN.replace("    kind: feedback", "    kind: [feedback");

        assertThatThrownBy(() -> read(text)).hasMessageMatching("plan\\.yaml, line 1[4-6]: YAML syntax error: .*");
    }

    @Test
    void aBadDateNamesTheFieldAndLine() {
        String text = PLAN.replace("    status: in-progress", "    status: met\n    met-by: 4\n    met-on: 2026-02-30");

        assertThatThrownBy(() -> read(text))
                .hasMessageStartingWith("plan.yaml, line 19: needs[1].met-on: \"2026-02-30\" is not a date");
    }

    @Test
    void negativeMoneyNamesTheFieldAndLine() {
        assertThatThrownBy(() -> read(PLAN.replace("\"40.00\"", "\"-5\"")))
                .hasMessageStartingWith("plan.yaml, line 21: budget.monthly-money: An amount cannot be negative.");
    }

    @Test
    void aRecordTheDomainRefusesNamesTheFieldAndWhereTheRecordStarts() {
        String text = PLAN.replace("    status: in-progress", "    status: met");

        assertThatThrownBy(() -> read(text)).hasMessageContaining("line 13")
                .hasMessageContaining("needs[1]").hasMessageContaining("(metBy)");
    }

    @Test
    void rapportOutOfRangeNamesTheFieldAndLine() {
        String backup = """
                needle: backup
                contacts:
                  - id: 3
                    version: 1
                    name: Ana
                    stage: met
                    rapport: 9
                """;

        assertThatThrownBy(() -> yaml.read("b.yaml", backup.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("b.yaml, line 7: contacts[0].rapport: Rapport is 1 (no connection) to 5");
    }

    @Test
    void aMissingOrUnknownHeaderIsRefused() {
        assertThatThrownBy(() -> read("needs: []\n")).hasMessageContaining("header is missing");
        assertThatThrownBy(() -> read("needle: recipes\n")).hasMessageContaining("`needle: recipes` is not a kind");
        assertThatThrownBy(() -> read("  \n")).hasMessageContaining("the file is empty");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineAndABomIsAccepted() {
        byte[] bad = "needle: plan\nneeds:\n  - title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> yaml.read("x.yaml", bad)).hasMessageStartingWith("x.yaml, line 3: the file is not UTF-8");

        byte[] bom = ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_8);
        assertThat(yaml.read("x.yaml", bom)).isInstanceOf(PlanFile.class);
    }

    /**
     * The file is decoded a buffer at a time: a bad byte far past the first buffer, and a character
     * whose bytes a buffer's end cuts in two, are where they are in the file.
     */
    @Test
    void aBadByteDeepInALargeFileIsNamedByItsLineAndByte() {
        String comment = "# caf\u00e9 \u0410\u043d\u043d\u0430 \uD83D\uDE00 " + "x".repeat(60) + "\n";
        String head = "needle: plan\n" + comment.repeat(5_000);
        byte[] good = head.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = 'a';
        bad[good.length + 1] = (byte) 0xE9; // Latin-1's é, not UTF-8
        bad[good.length + 2] = '\n';

        assertThatThrownBy(() -> yaml.read("x.yaml", bad)).hasMessage("x.yaml, line 5002: the file is not UTF-8 (byte "
                + (good.length + 2) + "); save it as UTF-8 and try again");
        assertThat(yaml.read("x.yaml", (head + "needs: []\n").getBytes(StandardCharsets.UTF_8))).isInstanceOf(PlanFile.class);
    }

    @Test
    void aFileOnDiskReadsAsItsBytesDo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("plan.yaml");
        java.nio.file.Files.write(file, ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_8));

        assertThat(yaml.read("plan.yaml", file)).isEqualTo(yaml.read("plan.yaml", PLAN.getBytes(StandardCharsets.UTF_8)));
        java.nio.file.Files.writeString(file, " \n\t\n");
        assertThatThrownBy(() -> yaml.read("plan.yaml", file)).hasMessageContaining("the file is empty");
    }

    @Test
    void crlfLineEndingsReadTheSameAsLf() {
        assertThat(read(PLAN.replace("\n", "\r\n"))).isEqualTo(read(PLAN));
    }

    @Test
    void anEmptyBackupReadsAsNoRecords() {
        BackupFile file = (BackupFile) yaml.read("b.yaml", "needle: backup\nformat: 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.backup()).isEqualTo(Backup.empty());
        assertThat(file.backup().budget()).isEqualTo(Optional.empty());
        assertThat(file.backup().needs()).isEqualTo(List.of());
    }
}
