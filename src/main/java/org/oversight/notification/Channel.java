package org.oversight.notification;

import org.oversight.base.i18n.Messages;

/** How a person wants to hear of one kind of handoff. Every handoff is in the inbox whatever the choice. */
public enum Channel {
    EMAIL("notification.channel.email"),
    DIGEST("notification.channel.digest"),
    IN_APP("notification.channel.in-app");

    private final String key;

    Channel(String key) {
        this.key = key;
    }

    /** In the reader's language. */
    public String label() {
        return Messages.t(key);
    }
}
