package org.oversight.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oversight.actionplan.PlanChanges.ActionChange;
import org.oversight.actionplan.PlanChanges.FieldChange;
import org.oversight.actionplan.internal.JooqReturnSnapshotRepository.ActionFields;
import org.oversight.actionplan.internal.JooqReturnSnapshotRepository.Snapshot;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Messages;

/** The difference between a plan as it was returned and as it is now; actions are matched by their identity. */
final class PlanDiff {


    private PlanDiff() {
    }

    static PlanChanges between(Snapshot returned, String summaryNow, List<ActionFields> now) {
        Map<Long, ActionFields> before = returned.actions().stream()
                .collect(Collectors.toMap(ActionFields::actionId, Function.identity()));
        Map<Long, ActionFields> after = now.stream().collect(Collectors.toMap(ActionFields::actionId, Function.identity()));
        List<ActionChange> added = now.stream().filter(a -> !before.containsKey(a.actionId()))
                .map(a -> whole(a)).toList();
        List<ActionChange> removed = returned.actions().stream().filter(a -> !after.containsKey(a.actionId()))
                .map(a -> whole(a)).toList();
        List<ActionChange> changed = new ArrayList<>();
        for (ActionFields a : now) {
            ActionFields b = before.get(a.actionId());
            if (b == null) {
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            field(fields, Messages.t("actionplan.action.field.title"), b.title(), a.title());
            field(fields, Messages.t("actionplan.action.field.description"), b.description(), a.description());
            field(fields, Messages.t("actionplan.action.field.owner"), b.ownerName(), a.ownerName());
            field(fields, Messages.t("actionplan.action.field.due"), date(b.dueOn()), date(a.dueOn()));
            if (!fields.isEmpty()) {
                changed.add(new ActionChange(a.title(), a.ownerName(), date(a.dueOn()), List.copyOf(fields)));
            }
        }
        return new PlanChanges(returned.returnedAt(), returned.summary(), summaryNow, added, removed, List.copyOf(changed));
    }

    private static ActionChange whole(ActionFields a) {
        return new ActionChange(a.title(), a.ownerName(), date(a.dueOn()), List.of());
    }

    private static void field(List<FieldChange> into, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            String none = Messages.t("actionplan.changes.none");
            into.add(new FieldChange(name, before == null ? none : before, after == null ? none : after));
        }
    }

    private static String date(LocalDate d) {
        return Formats.date(d);
    }
}
