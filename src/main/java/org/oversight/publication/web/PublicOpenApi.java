package org.oversight.publication.web;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API's OpenAPI document, as the springdoc group {@code public} (/v3/api-docs/public), readable without
 * signing in. Other groups (the signed-in API) are defined by their own features.
 */
@Configuration
class PublicOpenApi {

    @Bean
    GroupedOpenApi publicApi() {
        return GroupedOpenApi.builder().group("public").displayName("Public register API, version 1") // i18n-ok: the API document is in English
                .pathsToMatch(PublicApiController.V1 + "/**")
                .addOpenApiCustomizer(api -> api.info(new Info().title("Police recommendations register: public API") // i18n-ok: the API document is in English
                        .version("1").description("Read-only open data: the recommendations police watchdogs have " // i18n-ok: the API document is in English
                                + "published, one per recipient, with their status, dated history and published " // i18n-ok: the API document is in English
                                + "responses. Withheld passages read \"[withheld: ground]\".") // i18n-ok: the API document is in English
                        .license(new License().name("Open Government Licence v3.0") // i18n-ok: the API document is in English
                                .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"))))
                .build();
    }
}
