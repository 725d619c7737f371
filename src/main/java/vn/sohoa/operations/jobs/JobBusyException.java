package vn.sohoa.operations.jobs;

import vn.sohoa.operations.digitize.BatchRequestException;

/** A second start of a job that is already running; the message names the running run. */
public class JobBusyException extends BatchRequestException {

    public JobBusyException(String message) {
        super(message);
    }
}
