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
        } catch (EngineUnreachableException e) {
            throw new EngineUnavailableException(e.getMessage(), e, false);
        } catch (EngineConfigException e) {
            throw new EngineUnavailableException(e.getMessage(), e, true);
        } catch (EngineException e) {
            throw new EngineFaultException(e.getMessage(), e);
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
}
