package org.oversight.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before the application sees them (a request line or headers over
 * {@code server.max-http-request-header-size}, a malformed request) get the application's plain error page
 * ({@code public/error/4xx.html}) instead of Tomcat's raw one. Tomcat's {@link ErrorReportValve} serves such pages
 * only from files, so the page is copied out of the jar once at start. Errors that reach the application are shown
 * by Spring Boot's error page mechanism from the same files.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String clientError = copyOut("public/error/4xx.html");
        factory.addContextCustomizers(context -> {
            ErrorReportValve valve = new ErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            for (int status : new int[] {400, 408, 413, 414, 431}) {
                valve.setProperty("errorCode." + status, clientError);
            }
            context.getParent().getPipeline().addValve(valve);
        });
    }

    private static String copyOut(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Path file = Files.createTempFile("ot-error-", ".html");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("The error page " + resource + " is missing from the application", e); // i18n-ok: a programmer's message
        }
    }
}
