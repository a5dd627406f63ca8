package com.chefweb.crm.leads;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a lead stands. The first five go forward in this order; {@code lost} is set by hand. Automation moves a lead
 * only forward, so a stage a chef set is never moved back by a fact that arrives late.
 *
 * <p>The sautai app shows other words for the same stages ({@link #appStatus()}): new, contacted, qualified, won,
 * lost.
 */
public enum Stage {
    NEW("new"), DISCOVERY("contacted"), PROPOSAL("qualified"), BOOKED("won"), FOLLOW_UP("won"), LOST("lost");

    private final String appStatus;

    Stage(String appStatus) {
        this.appStatus = appStatus;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String appStatus() {
        return appStatus;
    }

    /** Whether moving from this stage to the given one goes forward (lost counts as before new: a lost client came back). */
    boolean before(Stage next) {
        return rank() < next.rank();
    }

    private int rank() {
        return this == LOST ? -1 : ordinal();
    }

    public static Optional<Stage> of(String code) {
        for (Stage stage : values()) {
            if (stage.code().equals(code)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The stage the app's status word stands for. */
    public static Optional<Stage> ofAppStatus(String status) {
        return switch (status) {
            case "new" -> Optional.of(NEW);
            case "contacted" -> Optional.of(DISCOVERY);
            case "qualified" -> Optional.of(PROPOSAL);
            case "won" -> Optional.of(BOOKED);
            case "lost" -> Optional.of(LOST);
            default -> Optional.empty();
        };
    }
}
