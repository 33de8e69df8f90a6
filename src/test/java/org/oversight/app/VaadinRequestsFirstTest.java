package org.oversight.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests go straight to Vaadin's servlet, past the controllers' mappings (decision 0144). */
class VaadinRequestsFirstTest {

    @ParameterizedTest(name = "{0} {1}?{2}: straight to Vaadin {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "POST | /                 | v-r=uidl&v-uiId=0      | true",
            "POST | /                 | v-uiId=3&v-r=heartbeat | true",
            "GET  | /                 | v-r=init&location=     | true",
            "GET  | /                 | -                      | false",
            "GET  | /                 | lang=cy                | false",
            "GET  | /                 | x=v-r=uidl             | false",
            "GET  | /recommendations  | v-r=uidl               | false",
            "GET  | /api/v1/reports   | v-r=uidl               | false",
            "GET  | /public/reports   | -                      | false"})
    void onlyVaadinsOwnRequestsToTheRoot(String method, String path, String query, boolean vaadin) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);

        assertThat(VaadinRequestsFirst.isVaadinRequest(request)).isEqualTo(vaadin);
    }

    @ParameterizedTest(name = "under the context path {0}")
    @CsvSource({"/tracker", "/oversight"})
    void theRootIsTheContextsRoot(String context) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", context + "/");
        request.setContextPath(context);
        request.setQueryString("v-r=uidl&v-uiId=0");

        assertThat(VaadinRequestsFirst.isVaadinRequest(request)).isTrue();
    }
}
