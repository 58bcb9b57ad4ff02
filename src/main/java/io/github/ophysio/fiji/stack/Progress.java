package io.github.ophysio.fiji.stack;

/** Where long work reports how far it is, and learns whether the user cancelled it. */
public interface Progress {

    /** Progress that shows nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void show(int done, int total) {
            // nothing to show
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void show(int done, int total);

    boolean isCancelled();
}
