package org.oversight.boardpack;

import org.oversight.base.i18n.Messages;
import java.util.concurrent.CompletableFuture;

/** A board pack being made in the background: how far it has got (0–100) and the pack when it is done. */
public final class BoardPackJob {

    private volatile int percent;
    private volatile String step = Messages.t("boardpack.step.waiting");
    private final CompletableFuture<BoardPack> result = new CompletableFuture<>();

    void progress(int percent, String step) {
        this.percent = percent;
        this.step = step;
    }

    CompletableFuture<BoardPack> result() {
        return result;
    }

    public int percent() {
        return percent;
    }

    /** What it is doing now, in words: "Drawing the charts". */
    public String step() {
        return step;
    }

    public boolean done() {
        return result.isDone();
    }

    /** The pack, once {@link #done()}; throws what went wrong if it failed. */
    public BoardPack pack() {
        return result.join();
    }
}
