package dev.needle.app;

/** Shows the full-screen UI over the use cases until the user quits; a seam so tests need no terminal. */
interface FullScreen {
    void show(UseCases useCases) throws Exception;
}
