package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.PublishedPort;

import java.util.List;
import java.util.Map;

/**
 * A stack that came up.
 *
 * @param ports for each service, the ports its first container published, as bound on the host
 */
public record UpResult(String project, Map<String, List<PublishedPort>> ports) {
}
