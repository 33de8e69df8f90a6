package org.oversight.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A random walk through the real services, for the tests that check a summary against its recount after every
 * step (decisions 0105, 0112): each step is taken as whoever it signs in as, a refusal (a rule, bad input, access,
 * someone saved first) is a step like any other, and the check runs after every step, named by what the step did.
 */
public final class RandomWalk {

    /** What a step acts on (for the message of a failed check) and the step itself, which says what it did. */
    public record Step(String subject, Supplier<String> take) {
    }

    private RandomWalk() {
    }

    /**
     * @param step  the step to take at 1, 2, … {@code steps}
     * @param after the check after each step, given "what it did on what" and the step's number
     * @return what each step did, "refused: …" for a refusal
     */
    public static List<String> walk(int steps, IntFunction<Step> step, ObjIntConsumer<String> after) {
        List<String> kinds = new ArrayList<>();
        for (int n = 1; n <= steps; n++) {
            Step s = step.apply(n);
            String kind;
            try {
                kind = s.take().get();
            } catch (InvalidInputException | RuleViolationException
                     | AccessDeniedException | ConcurrentEditException refused) {
                kind = "refused: " + refused.getMessage();
            } finally {
                SignIn.out();
            }
            kinds.add(kind);
            after.accept("after step " + n + " (" + kind + " on " + s.subject() + ")", n);
        }
        return kinds;
    }

    /** How many of the steps were taken rather than refused. */
    public static long taken(List<String> kinds) {
        return kinds.stream().filter(k -> !k.startsWith("refused")).count();
    }
}
