package dk.spor.leadership.model;

/** The gains a programme's frame seeks: time, quality, service (tid, kvalitet, service). */
public enum FrameGain {
    TIME, QUALITY, SERVICE
}
