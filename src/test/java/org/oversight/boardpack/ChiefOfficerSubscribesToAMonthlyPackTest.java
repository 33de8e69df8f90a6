package org.oversight.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.APP_USER;
import static org.oversight.db.Tables.OUTBOX_MAIL;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.boardpack.internal.BoardPackMailJob;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The monthly e-mail: a link to the board pack page, once a month, to subscribed chief officers only. */
@DatabaseTest
@Transactional
@WithUserDetails("chief.surrey")
class ChiefOfficerSubscribesToAMonthlyPackTest {

    static final String ADDRESS = "chief.surrey.pack@example.invalid";

    @Autowired
    BoardPackService packs;
    @Autowired
    BoardPackMailJob job;
    @Autowired
    DSLContext dsl;

    @Test
    void aSubscriberGetsOneLinkAMonthAndNoAttachment() {
        dsl.update(APP_USER).set(APP_USER.EMAIL, ADDRESS).where(APP_USER.USERNAME.eq("chief.surrey")).execute();
        assertThat(packs.subscribed()).isFalse();
        packs.subscribe(true);
        assertThat(packs.subscribed()).isTrue();

        assertThat(job.runNow()).isEqualTo(1);
        assertThat(job.runNow()).isZero();

        var mail = dsl.selectFrom(OUTBOX_MAIL).where(OUTBOX_MAIL.TO_ADDRESS.eq(ADDRESS)).fetchSingle();
        assertThat(mail.getSubject()).isEqualTo("Your monthly board pack is ready to make");
        assertThat(mail.getBody()).contains("/board-pack").contains("not attached").doesNotContain("%PDF");
    }

    @Test
    void unsubscribingStopsTheMail() {
        dsl.update(APP_USER).set(APP_USER.EMAIL, ADDRESS).where(APP_USER.USERNAME.eq("chief.surrey")).execute();
        packs.subscribe(true);
        packs.subscribe(false);
        assertThat(job.runNow()).isZero();
        assertThat(dsl.fetchCount(OUTBOX_MAIL, OUTBOX_MAIL.TO_ADDRESS.eq(ADDRESS))).isZero();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void onlyChiefOfficersSubscribe() {
        assertThatThrownBy(() -> packs.subscribe(true)).isInstanceOf(AccessDeniedException.class);
    }
}
