package vn.sohoa.operations.jobs;

import vn.sohoa.failure.Refusal;

/** A second start of a job that is already running; the message names the running run. */
public class JobBusyException extends Refusal {

    public JobBusyException(String message) {
        super(Kind.CONFLICT, "job-busy", message);
    }
}
