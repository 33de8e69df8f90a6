package org.oversight.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.oversight.deadline.ClockService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Watchdog staff extend and pause a recommendation's statutory clocks, and they or the force's lead record a
 * commissioner's published response, as on its deadlines page. Clock ids and
 * versions are those of {@code GET /api/v1/recommendations/{id}/clocks}; a clock changed since it was read is
 * refused (409).
 */
@RestController
@Tag(name = "Clocks", description = "Extensions and pauses of statutory clocks (watchdog staff), and responses published")
class ClocksApi {

    private final ClockService clocks;

    ClocksApi(ClockService clocks) {
        this.clocks = clocks;
    }

    /** An extension: when the application was received, the new due date and the reason. */
    record ExtensionRequest(Integer version, LocalDate receivedOn, LocalDate newDueOn, String reason) {
    }

    /** A pause: its first and last day, and the reason. */
    record PauseRequest(Integer version, LocalDate from, LocalDate to, String reason) {
    }

    /** The end of an open pause: the last day on which the clock did not run. */
    record PauseEnd(Integer version, LocalDate lastPausedDay) {
    }

    /**
     * A commissioner's response (or the IOPC's publication) published: the day, and optionally where it can be read.
     */
    record MetRequest(Integer version, LocalDate metOn, String link) {
    }

    @PostMapping("/api/v1/clocks/{id}/extensions")
    @Operation(summary = "Grant an extension of a clock (watchdog staff of the issuing watchdog)")
    ResponseEntity<Void> extend(@PathVariable long id, @RequestBody ExtensionRequest request) {
        visible(id);
        clocks.grantExtension(id, DecisionsApi.version(request.version()), request.receivedOn(), request.newDueOn(),
                request.reason());
        return done(id);
    }

    @PostMapping("/api/v1/clocks/{id}/pauses")
    @Operation(summary = "Pause a clock for a period, with the reason (watchdog staff of the issuing watchdog)")
    ResponseEntity<Void> pause(@PathVariable long id, @RequestBody PauseRequest request) {
        visible(id);
        clocks.recordPause(id, DecisionsApi.version(request.version()), request.from(), request.to(), request.reason());
        return done(id);
    }

    @PostMapping("/api/v1/clocks/{id}/pause-end")
    @Operation(summary = "End a clock's open pause (watchdog staff of the issuing watchdog)")
    ResponseEntity<Void> endPause(@PathVariable long id, @RequestBody PauseEnd request) {
        visible(id);
        clocks.endPause(id, DecisionsApi.version(request.version()), request.lastPausedDay());
        return done(id);
    }

    @PostMapping("/api/v1/clocks/{id}/met")
    @Operation(summary = "Record that the police and crime commissioner's response was published, which stops its clock "
            + "(the issuing watchdog's staff or the force's lead), or that the IOPC published (the IOPC's staff); "
            + "metOn is the day it was published, link where it can be read (optional)")
    ResponseEntity<Void> met(@PathVariable long id, @RequestBody MetRequest request) {
        visible(id);
        clocks.recordMet(id, DecisionsApi.version(request.version()), request.metOn(), request.link());
        return done(id);
    }

    /** A clock of another force's, or none at all, is not found (404), before any rule about who may change it. */
    private void visible(long id) {
        ApiNotFound.unlessSeen(clocks.canSee(id), "clock", id);
    }

    /** 204: done; the recommendation's clocks, read again, show the new dates. */
    private static ResponseEntity<Void> done(long id) {
        return ResponseEntity.noContent().build();
    }
}
