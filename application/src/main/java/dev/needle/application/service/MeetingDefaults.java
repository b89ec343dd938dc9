package dev.needle.application.service;

import dev.needle.domain.Channel;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Money;
import dev.needle.domain.TravelNote;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a meeting costs when the user did not say: minutes per format, travel minutes, and money per
 * format (none when absent). Lets a request be triaged right after a two-field capture.
 */
public record MeetingDefaults(Map<Channel, Integer> minutes, int travelMinutes, Map<Channel, Money> money) {
    public MeetingDefaults {
        EnumMap<Channel, Integer> all = new EnumMap<>(Channel.class);
        all.putAll(minutes);
        for (Channel channel : Channel.values()) {
            Integer value = all.get(channel);
            if (value == null || value < 0) {
                throw new InvalidValueException("defaults.minutes", "Default minutes for a " + channel.label() + " are missing or negative.");
            }
        }
        minutes = Map.copyOf(all);
        if (travelMinutes < 0) {
            throw new InvalidValueException("defaults.travelMinutes", "Default travel minutes cannot be negative.");
        }
        money = Map.copyOf(money);
    }

    public static MeetingDefaults standard() {
        return new MeetingDefaults(Map.of(Channel.IN_PERSON, 60, Channel.COFFEE, 45, Channel.CALL, 30, Channel.VIDEO, 30,
                Channel.EMAIL, 10, Channel.MESSAGE, 5), 0, Map.of(Channel.COFFEE, Money.parse("5.00")));
    }

    /**
     * The estimate with each missing part taken from the defaults for this format, and the travel a
     * face-to-face meeting's place notes ("25 min drive": 50 minutes there and back) before the default.
     */
    public CostEstimate estimate(Channel format, String place, Optional<Integer> givenMinutes,
                                 Optional<Integer> givenTravel, Optional<Money> givenMoney) {
        Optional<Integer> travel = givenTravel.isPresent() || !format.isFaceToFace() ? givenTravel
                : TravelNote.thereAndBack(place);
        return estimate(format, givenMinutes, travel, givenMoney);
    }

    /** The estimate with each missing part taken from the defaults for this format. */
    public CostEstimate estimate(Channel format, Optional<Integer> givenMinutes, Optional<Integer> givenTravel,
                                 Optional<Money> givenMoney) {
        return new CostEstimate(givenMinutes.orElse(minutes.get(format)), givenTravel.orElse(travelMinutes),
                givenMoney.orElse(money.getOrDefault(format, Money.ZERO)));
    }
}
