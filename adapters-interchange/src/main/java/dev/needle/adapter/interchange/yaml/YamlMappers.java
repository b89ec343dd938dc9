package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.needle.application.port.in.ImportPlanUseCase.PlannedDirection;
import dev.needle.application.port.in.ImportPlanUseCase.PlannedNeed;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Budget;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.Event;
import dev.needle.domain.Interaction;
import dev.needle.domain.KeepInTouch;
import dev.needle.domain.TagCadence;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.triage.MessageTemplates;
import dev.needle.domain.triage.TriageSettings;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one configured Jackson mapper: kebab-case keys, unknown keys and duplicate keys refused, no
 * silent coercions, and the domain's records read and written through their YAML documents.
 */
final class YamlMappers {
    /** Backups of a hundred thousand contacts are tens of megabytes; SnakeYAML's default stops at 3 MB. */
    static final int MAX_CODE_POINTS = 128 * 1024 * 1024;

    private YamlMappers() {
    }

    static ObjectMapper create() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_CODE_POINTS);
        loader.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build();
        return YAMLMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The caller owns the writer (stdout, say) and closes it.
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .addModule(DomainValues.module())
                .addModule(records())
                .build();
    }

    private static SimpleModule records() {
        SimpleModule module = new SimpleModule("needle-records");
        ViaDocument.register(module, Direction.class, DirectionDoc.class, DirectionDoc::toDomain, DirectionDoc::of);
        ViaDocument.register(module, Need.class, NeedDoc.class, NeedDoc::toDomain, NeedDoc::of);
        ViaDocument.register(module, Contact.class, ContactDoc.class, ContactDoc::toDomain, ContactDoc::of);
        ViaDocument.register(module, Event.class, EventDoc.class, EventDoc::toDomain, EventDoc::of);
        ViaDocument.register(module, Interaction.class, InteractionDoc.class, InteractionDoc::toDomain,
                InteractionDoc::of);
        ViaDocument.register(module, MeetingRequest.class, MeetingRequestDoc.class, MeetingRequestDoc::toDomain,
                MeetingRequestDoc::of);
        ViaDocument.register(module, Budget.class, BudgetDoc.class, BudgetDoc::toDomain, BudgetDoc::of);
        ViaDocument.register(module, KeepInTouch.class, KeepInTouchDoc.class, KeepInTouchDoc::toDomain, KeepInTouchDoc::of);
        ViaDocument.register(module, TagCadence.class, KeepInTouchDoc.TagDoc.class, KeepInTouchDoc.TagDoc::toDomain,
                KeepInTouchDoc.TagDoc::of);
        ViaDocument.register(module, Backup.AuthoredNote.class, PrivateNoteDoc.class, PrivateNoteDoc::toDomain,
                PrivateNoteDoc::of);
        ViaDocument.register(module, PlannedDirection.class, PlanDoc.DirectionDoc.class, PlanDoc.DirectionDoc::toDomain,
                PlanDoc.DirectionDoc::of);
        ViaDocument.register(module, PlannedNeed.class, PlanDoc.NeedDoc.class, PlanDoc.NeedDoc::toDomain,
                PlanDoc.NeedDoc::of);
        ViaDocument.register(module, TriageSettings.class, TriageDoc.class, TriageDoc::toDomain, TriageDoc::of);
        ViaDocument.register(module, MessageTemplates.class, TriageDoc.TemplatesDoc.class,
                TriageDoc.TemplatesDoc::toDomain, TriageDoc.TemplatesDoc::of);
        return module;
    }
}
