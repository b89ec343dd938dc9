package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.InteractionStore;
import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.Money;
import dev.needle.domain.NeedCost;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The interaction log in SQL: one row per touchpoint, its expenses and advanced needs in child rows. */
final class JdbiInteractionStore implements InteractionStore {
    private record Expense(ExpenseKind kind, Money money) {
    }

    private final HandleScope scope;

    JdbiInteractionStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Interaction add(Interaction interaction) {
        return scope.write(handle -> {
            long id = interaction.id().value();
            handle.createUpdate("INSERT INTO interactions (id, contact_id, happened_on, channel, minutes, travel_minutes, notes) "
                            + "VALUES (:id, :contact, :on, :channel, :minutes, :travel, :notes)")
                    .bind("id", id)
                    .bind("contact", interaction.contact().value())
                    .bindByType("on", interaction.date(), LocalDate.class)
                    .bind("channel", interaction.channel().name())
                    .bind("minutes", interaction.minutes())
                    .bind("travel", interaction.travelMinutes())
                    .bind("notes", interaction.notes())
                    .execute();
            PreparedBatch expenses = handle.prepareBatch(
                    "INSERT INTO interaction_expenses (interaction_id, kind, cents) VALUES (:id, :kind, :cents)");
            interaction.expenses().byKind().forEach((kind, money) ->
                    expenses.bind("id", id).bind("kind", kind.name()).bind("cents", money.cents()).add());
            Batches.run(expenses);
            PreparedBatch needs = handle.prepareBatch("INSERT INTO interaction_needs (interaction_id, need_id) VALUES (:id, :need)");
            interaction.advanced().forEach(need -> needs.bind("id", id).bind("need", need.value()).add());
            Batches.run(needs);
            return interaction;
        });
    }

    @Override
    public List<Interaction> findByContact(ContactId contact) {
        return scope.read(handle -> load(handle, Selection.where("o.contact_id = :contact", "contact", contact.value()),
                "o.happened_on DESC, o.id DESC"));
    }

    @Override
    public List<Interaction> findFrom(LocalDate from) {
        return scope.read(handle -> load(handle, Selection.where("o.happened_on >= :from", "from", from), "o.happened_on, o.id"));
    }

    /**
     * One row per need, summed by the database: each interaction joins once per need it advanced, so it
     * counts in full for each, and its expenses are summed by a subquery on the expenses' key, so that
     * two expense rows never count its minutes twice. (A derived table grouping all expenses first took
     * four times as long on H2, which probed it row by row.)
     */
    @Override
    public Map<NeedId, NeedCost.Tally> spentPerNeed() {
        return scope.read(handle -> handle.createQuery(
                        "SELECT n.need_id, COUNT(*) AS touchpoints, SUM(o.minutes + o.travel_minutes) AS spent_minutes, "
                                + "SUM((SELECT COALESCE(SUM(c.cents), 0) FROM interaction_expenses c "
                                + "WHERE c.interaction_id = o.id)) AS spent_cents "
                                + "FROM interaction_needs n JOIN interactions o ON o.id = n.interaction_id "
                                + "GROUP BY n.need_id")
                .map((rs, ctx) -> Map.entry(new NeedId(rs.getLong("need_id")), new NeedCost.Tally(
                        Math.toIntExact(rs.getLong("touchpoints")), Math.toIntExact(rs.getLong("spent_minutes")),
                        Money.ofCents(rs.getLong("spent_cents")))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public boolean delete(InteractionId id) {
        return scope.write(handle ->
                handle.createUpdate("DELETE FROM interactions WHERE id = :id").bind("id", id.value()).execute() > 0);
    }

    /** Interactions are never edited, so the order of the queries matters less; owners first all the same. */
    private static List<Interaction> load(Handle handle, Selection selection, String order) {
        List<Interaction> owners = selection.query(handle, "SELECT o.* FROM interactions o " + selection.where() + " ORDER BY " + order)
                .map((rs, ctx) -> new Interaction(new InteractionId(rs.getLong("id")), new ContactId(rs.getLong("contact_id")),
                        Columns.requiredDate(rs, "happened_on"), Columns.enumValue(rs, "channel", Channel.class),
                        rs.getInt("minutes"), rs.getInt("travel_minutes"), Expenses.NONE, rs.getString("notes"), Set.of()))
                .list();
        if (owners.isEmpty()) {
            return owners;
        }
        Map<Long, List<Expense>> expenses = selection.children(handle,
                "SELECT c.interaction_id AS owner_id, c.kind, c.cents FROM interaction_expenses c "
                        + "JOIN interactions o ON o.id = c.interaction_id",
                "c.interaction_id",
                (rs, ctx) -> new Expense(Columns.enumValue(rs, "kind", ExpenseKind.class), Money.ofCents(rs.getLong("cents"))));
        Map<Long, List<NeedId>> advanced = selection.children(handle,
                "SELECT c.interaction_id AS owner_id, c.need_id FROM interaction_needs c "
                        + "JOIN interactions o ON o.id = c.interaction_id",
                "c.interaction_id", (rs, ctx) -> new NeedId(rs.getLong("need_id")));
        return owners.stream()
                .map(i -> new Interaction(i.id(), i.contact(), i.date(), i.channel(), i.minutes(), i.travelMinutes(),
                        expensesOf(expenses.getOrDefault(i.id().value(), List.of())), i.notes(),
                        new HashSet<>(advanced.getOrDefault(i.id().value(), List.of()))))
                .toList();
    }

    private static Expenses expensesOf(List<Expense> rows) {
        Map<ExpenseKind, Money> byKind = new EnumMap<>(ExpenseKind.class);
        rows.forEach(row -> byKind.put(row.kind(), row.money()));
        return new Expenses(byKind);
    }
}
