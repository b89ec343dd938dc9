package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.ImportPlanUseCase;
import dev.needle.application.service.CadencePlan;
import dev.needle.application.service.ImportPlanService;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Cadence;
import dev.needle.domain.Tag;
import dev.needle.domain.TagCadence;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan's tag-cadences: read, applied once (a second import changes nothing), and written back. */
class YamlCadencePlanTest {
    private final NeedleYaml yaml = new NeedleYaml();
    private final Fakes db = new Fakes();
    private final ImportPlanUseCase importer = CadencePlan.importing(new ImportPlanService(db.directions, db.needs,
            db.budget, db.ids, db.clock, db.transactions), db.keepInTouch, db.transactions);

    private ImportPlanUseCase.Plan plan(String text) {
        return ((PlanFile) yaml.read("plan.yaml", text.getBytes(StandardCharsets.UTF_8))).plan();
    }

    @Test
    void aPlanSetsTheTagDefaultsOnceAndWritesThemBack() {
        ImportPlanUseCase.Plan plan = plan("needle: plan\nformat: 1\ntag-cadences:\n  - tag: Mentors\n    every: every 2 months\n"
                + "  - tag: former colleagues\n    every: quarterly\n");

        ImportPlanUseCase.Report dry = importer.importPlan(plan, true);
        assertThat(db.keepInTouch.tagDefaults()).isEmpty();
        ImportPlanUseCase.Report done = importer.importPlan(plan, false);
        ImportPlanUseCase.Report again = importer.importPlan(plan, false);

        assertThat(dry.changes()).isEqualTo(done.changes()).contains(
                "Keep in touch with everyone tagged mentors every 2 months.",
                "Keep in touch with everyone tagged former colleagues every 3 months.");
        assertThat(db.keepInTouch.tagDefaults()).extracting(TagCadence::tag, TagCadence::cadence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Tag.of("former colleagues"), Cadence.parse("3m")),
                org.assertj.core.groups.Tuple.tuple(Tag.of("mentors"), Cadence.parse("2m")));
        assertThat(again.changes()).isEmpty();
        StringWriter out = new StringWriter();
        yaml.writePlan(plan, Optional.empty(), out);
        assertThat(plan(out.toString()).tagCadences()).extracting(TagCadence::cadence)
                .containsExactly(Cadence.parse("2m"), Cadence.parse("3m"));
    }
}
