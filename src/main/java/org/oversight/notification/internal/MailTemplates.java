package org.oversight.notification.internal;

import org.oversight.base.i18n.BundleMessages;
import org.oversight.base.i18n.Language;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates under {@code templates/mail/} (decision 0007): {@code name.html} in Thymeleaf's HTML
 * mode, which escapes what people typed, and {@code name.txt} in TEXT mode for the plain-text part. An engine of its
 * own, so that mail is not tied to the web's view resolution.
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setMessageResolver(new BundleMessages.ForTemplates());
    }

    /** A mail's two parts. */
    public record Rendered(String text, String html) {
    }

    public Rendered render(String template, Map<String, Object> model) {
        Context context = new Context(Language.current().locale(), model);
        // the text templates' conditional blocks leave blank lines behind: one blank line between paragraphs is enough
        String text = engine.process("mail/" + template + ".txt", context).replaceAll("\n[ \t]*(\n[ \t]*){2,}", "\n\n");
        return new Rendered(text.strip() + "\n",
                engine.process("mail/" + template + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/");
        r.setTemplateMode(mode);
        r.setResolvablePatterns(Set.of(pattern));
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        r.setCheckExistence(true);
        r.setOrder(order);
        return r;
    }
}
