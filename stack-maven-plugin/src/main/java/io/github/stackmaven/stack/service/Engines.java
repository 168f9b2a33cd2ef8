package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineConfigException;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.EngineUnreachableException;
import io.github.stackmaven.stack.plan.PlanException;

/** Runs a goal's work and turns what the layers below throw into the service's exceptions, once, unwrapped. */
final class Engines {
    private Engines() {
    }

    /** A goal's work. */
    interface Work<T> {
        T run() throws StackServiceException;
    }

    static <T> T guard(Work<T> work) throws StackServiceException {
        try {
            return work.run();
        } catch (EngineException e) {
            throw translate(e);
        } catch (PlanException e) {
            throw new StackDefinitionException(e.getMessage(), e);
        } catch (java.util.concurrent.CompletionException e) {
            // work in parallel failed: its own exception, not the wrapper, reaches the client
            if (e.getCause() instanceof RuntimeException cause) {
                return guard(() -> {
                    throw cause;
                });
            }
            throw e;
        }
    }

    /** An engine failure as the service's exception: unavailable (unreachable or misconfigured) or a fault. */
    static StackServiceException translate(EngineException e) {
        if (e instanceof EngineUnreachableException) {
            return new EngineUnavailableException(e.getMessage(), e, false);
        }
        if (e instanceof EngineConfigException) {
            return new EngineUnavailableException(e.getMessage(), e, true);
        }
        return new EngineFaultException(e.getMessage(), e);
    }
}
