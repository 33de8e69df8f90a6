package org.oversight.publication;

import java.util.Locale;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;

/**
 * Why a watchdog withholds something from the public register. The IOPC's grounds come from the Police Reform Act
 * 2002, Schedule 3, paragraph 28B(7); the others are the ones any public body may rely on. The words are
 * {@code publication.ground.*} in the bundles.
 */
public enum Ground {
    PREJUDICE_TO_PROCEEDINGS,
    PERSONAL_DATA,
    SAFETY_OF_A_PERSON,
    NATIONAL_SECURITY,
    PREVENTION_OF_CRIME;

    /** The ground in the reader's language: "personal data", "data personol". */
    public String label() {
        return Messages.t(key());
    }

    /**
     * What the published text holds in place of what is withheld: "[withheld: personal data]". It is part of the
     * published text, which is the same in every language and in the open data (downloads, API, search), so it is
     * always written in English.
     */
    public String marker() {
        return Messages.t(Language.ENGLISH, "publication.ground.marker", Messages.t(Language.ENGLISH, key()));
    }

    private String key() {
        return "publication.ground." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
