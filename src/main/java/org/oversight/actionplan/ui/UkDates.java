package org.oversight.actionplan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.oversight.base.ui.Inputs;

/** Date pickers that read and write dates the British way (23/11/2026), whatever the browser's language. */
final class UkDates {

    private UkDates() {
    }

    static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        return Inputs.explain(picker);
    }
}
