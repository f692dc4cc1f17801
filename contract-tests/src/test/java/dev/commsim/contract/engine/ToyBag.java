package dev.commsim.contract.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** A toy domain for the engine's own tests: a bag of distinct items with a capacity. */
final class ToyBag {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
    @JsonSubTypes({@JsonSubTypes.Type(value = Put.class, name = "put"), @JsonSubTypes.Type(value = Take.class, name = "take")})
    sealed interface Step permits Put, Take {
    }

    record Put(String item, String note) implements Step {
    }

    record Take(String item) implements Step {
    }

    record Settings(int capacity) {
    }

    /** The reference: refuses a put when full or duplicate, a take of a missing item. */
    static final class BagModel implements Model<Step> {
        final int capacity;
        final TreeSet<String> items = new TreeSet<>();

        BagModel(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public Optional<Object> expect(Step step) {
            return Optional.of(apply(step));
        }

        String apply(Step step) {
            if (step instanceof Put put) {
                if (items.contains(put.item())) {
                    return "duplicate";
                }
                if (items.size() >= capacity) {
                    return "full";
                }
                items.add(put.item());
                return "ok";
            }
            Take take = (Take) step;
            return items.remove(take.item()) ? "ok" : "missing";
        }

        @Override
        public Object view() {
            return List.copyOf(items);
        }

        @Override
        public List<String> invariantViolations(Object observedView) {
            return ((List<?>) observedView).size() > capacity ? List.of("capacity exceeded") : List.of();
        }
    }

    static final class BagSpec implements Spec<Step, Settings> {
        @Override
        public Model<Step> newModel(Settings settings) {
            return new BagModel(settings.capacity());
        }

        @Override
        public Step nextStep(Model<Step> model, SplittableRandom random) {
            String item = String.valueOf((char) ('a' + random.nextInt(8)));
            BagModel bag = (BagModel) model;
            // Steered: takes only of present items most of the time, so programs are not all refusals.
            if (!bag.items.isEmpty() && random.nextInt(3) == 0) {
                List<String> present = new ArrayList<>(bag.items);
                return new Take(random.nextInt(5) == 0 ? item : present.get(random.nextInt(present.size())));
            }
            return new Put(item, "note-" + random.nextInt(1000));
        }

        @Override
        public List<Step> simplifications(Step step) {
            return step instanceof Put put && !put.note().isEmpty() ? List.of(new Put(put.item(), "")) : List.of();
        }

        @Override
        public String actionOf(Step step) {
            return step instanceof Put ? "put" : "take";
        }

        @Override
        public String outcomeLabel(Object outcome) {
            return String.valueOf(outcome);
        }

        @Override
        public Class<Step> stepType() {
            return Step.class;
        }

        @Override
        public Class<Settings> settingsType() {
            return Settings.class;
        }
    }

    /** A target backed by its own bag; {@code slack} plants an off-by-slack capacity bug. */
    static final class BagTarget implements Target<Step, Settings> {
        private final int slack;
        private BagModel bag;
        int resets;

        BagTarget(int slack) {
            this.slack = slack;
        }

        @Override
        public void reset(Settings settings) {
            resets++;
            bag = new BagModel(settings.capacity() + slack);
        }

        @Override
        public Object apply(Step step) {
            return bag.apply(step);
        }

        @Override
        public Object readBack() {
            return bag.view();
        }

        @Override
        public String describe() {
            return "toy bag (slack " + slack + ")";
        }
    }

    private ToyBag() {
    }
}
