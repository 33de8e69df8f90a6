package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.USER_LANGUAGE;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A person's language is theirs: saved once per person, changed again at will, read for the mails written to them. */
@DatabaseTest
@Transactional
class EachPersonKeepsTheirLanguageTest {

    @Autowired SavedLanguages languages;
    @Autowired CurrentUser currentUser;
    @Autowired JooqUserAccountRepository accounts;
    @Autowired DSLContext dsl;

    @Test
    @WithUserDetails("surrey")
    void choosingWelshThenEnglishLeavesOneRowWithEnglish() {
        long me = currentUser.require().id();
        assertThat(languages.of(me)).as("nobody has chosen yet").isEmpty();
        assertThat(languages.toWriteTo(me)).isEqualTo(Language.ENGLISH);

        languages.chooseForMe(Language.WELSH);
        assertThat(languages.toWriteTo(me)).isEqualTo(Language.WELSH);
        languages.chooseForMe(Language.WELSH);
        languages.chooseForMe(Language.ENGLISH);

        assertThat(languages.of(me)).contains(Language.ENGLISH);
        assertThat(dsl.fetchCount(USER_LANGUAGE, USER_LANGUAGE.USER_ID.eq(me))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("surrey")
    void oneChoiceIsNotAnotherPersons() {
        languages.chooseForMe(Language.WELSH);
        long other = accounts.findByUsername("hmicfrs", java.time.OffsetDateTime.now()).orElseThrow().id();

        assertThat(languages.of(other)).isEmpty();
        assertThat(languages.toWriteTo(other)).isEqualTo(Language.ENGLISH);
    }

    @Test
    @WithAnonymousUser
    void nobodySignedInSavesNothing() {
        assertThatThrownBy(() -> languages.chooseForMe(Language.WELSH))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(dsl.fetchCount(USER_LANGUAGE)).isZero();
    }
}
