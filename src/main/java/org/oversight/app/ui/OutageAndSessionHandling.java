package org.oversight.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.oversight.base.DatabaseOutage;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails outside a service's refusals. A database outage during an action (a
 * save, a post) shows {@link DatabaseOutage#message(Throwable)} as an error notification, never the exception's text
 * (a save that lost a deadlock or waited too long for a lock says so: nothing of it was saved); any other
 * failure goes to Vaadin's default handler (logged, nothing shown). Navigation failing for the same cause gets
 * {@link ErrorView.DatabaseUnavailable}. A session that has ended (timed out, or ended by an administrator's change)
 * says so in plain words and goes to the sign-in page.
 */
@Component
class OutageAndSessionHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OutageAndSessionHandling.class);

    static final ErrorHandler ERRORS = new ErrorHandler() {
        private final ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            if (DatabaseOutage.isCause(failure) && UI.getCurrent() != null) {
                log.warn("Database unavailable during a user action: {}", failure.toString());
                Feedback.error(DatabaseOutage.message(failure));
            } else {
                fallback.error(event);
            }
        }
    };

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ERRORS));
        event.getSource().setSystemMessagesProvider(info -> {
            Language language = Language.of(info.getLocale());
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(Messages.t(language, "app.session.ended.title"));
            messages.setSessionExpiredMessage(Messages.t(language, "app.session.ended.text"));
            messages.setSessionExpiredNotificationEnabled(true);
            return messages;
        });
    }
}
