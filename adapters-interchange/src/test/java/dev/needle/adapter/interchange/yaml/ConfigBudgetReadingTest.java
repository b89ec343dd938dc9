package dev.needle.adapter.interchange.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.domain.Budget;
import dev.needle.domain.Money;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The configuration file's {@code budget:} section reads like a plan's and refuses the same mistakes. */
class ConfigBudgetReadingTest {
    private final NeedleYaml yaml = new NeedleYaml();

    private NeedleConfig read(String text) {
        return yaml.readConfig("config.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBudgetSectionIsTheConfiguredBudget() {
        NeedleConfig config = read("triage:\n  strong-fit: 65\nbudget:\n  weekly-hours: 2.5\n  monthly-money: \"30.00\"\n");

        assertThat(config.budget()).contains(new Budget(150, Money.parse("30.00")));
        assertThat(config.triage().strongFit()).isEqualTo(65);
    }

    @Test
    void withoutABudgetSectionTheConfigNamesNoBudget() {
        assertThat(read("triage:\n  strong-fit: 65\n").budget()).isEmpty();
        assertThat(read("").budget()).isEmpty();
    }

    @Test
    void negativeMoneyNamesTheFieldAndLine() {
        assertThatThrownBy(() -> read("budget:\n  weekly-hours: 4\n  monthly-money: \"-5.00\"\n"))
                .isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("config.yaml, line 3")
                .hasMessageContaining("monthly-money");
    }

    @Test
    void moneyWithThreePlacesNamesTheFieldAndLine() {
        assertThatThrownBy(() -> read("budget:\n  weekly-hours: 4\n  monthly-money: \"4.555\"\n"))
                .isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("config.yaml, line 3")
                .hasMessageContaining("monthly-money");
    }

    @Test
    void anUnknownBudgetKeyIsRefused() {
        assertThatThrownBy(() -> read("budget:\n  weekly-hours: 4\n  monthly-cash: \"4.00\"\n"))
                .isInstanceOf(YamlFileException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("monthly-cash");
    }
}
