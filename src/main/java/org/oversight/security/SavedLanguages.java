package org.oversight.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.oversight.base.i18n.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person chose (decision 0096): the screens' language once they sign in, and their e-mails'. A
 * person changes only their own; anybody's is read for the mails written to them.
 */
@Service
public class SavedLanguages {

    private final JooqSavedLanguageRepository languages;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedLanguages(JooqSavedLanguageRepository languages, CurrentUser currentUser, Clock clock) {
        this.languages = languages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The language this person chose, if they ever chose one. */
    @Transactional(readOnly = true)
    public Optional<Language> of(long userId) {
        return languages.find(userId).flatMap(Language::fromCode);
    }

    /** The language of e-mails and other texts written to this person: their choice, else English. */
    @Transactional(readOnly = true)
    public Language toWriteTo(long userId) {
        return of(userId).orElse(Language.ENGLISH);
    }

    /** Saves the signed-in person's choice; choosing the same language again changes nothing. */
    @Transactional
    public void chooseForMe(Language language) {
        SignedInUser me = currentUser.require();
        languages.save(me.id(), language.code(), OffsetDateTime.now(clock));
    }
}
