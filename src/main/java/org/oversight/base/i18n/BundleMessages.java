package org.oversight.base.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * The same bundles for templates: Spring's {@link MessageSource} (the web's Thymeleaf, {@code #{key(${arg})}} in
 * public pages) and a Thymeleaf message resolver for the engines that stand alone (e-mails, the board pack). A
 * template's language is the one its context was given.
 */
@Component("messageSource")
public class BundleMessages implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return Messages.has(code) ? getMessage(code, args, locale) : defaultMessage;
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        if (!Messages.has(code)) {
            throw new NoSuchMessageException(code, locale);
        }
        return Messages.t(Language.of(locale), code, args == null ? new Object[0] : args);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        if (resolvable.getCodes() != null) {
            for (String code : resolvable.getCodes()) {
                if (Messages.has(code)) {
                    return getMessage(code, resolvable.getArguments(), locale);
                }
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(String.valueOf(resolvable.getCodes()), locale);
    }

    /** For a Thymeleaf engine of its own: {@code engine.setMessageResolver(new BundleMessages.ForTemplates())}. */
    public static final class ForTemplates extends AbstractMessageResolver {

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return Messages.has(key)
                    ? Messages.t(Language.of(context.getLocale()), key, args == null ? new Object[0] : args)
                    : null;
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                Object[] args) {
            return "[" + key + "]";
        }
    }
}
