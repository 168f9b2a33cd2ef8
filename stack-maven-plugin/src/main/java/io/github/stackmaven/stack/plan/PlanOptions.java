package io.github.stackmaven.stack.plan;

/**
 * How a compose project becomes a plan.
 *
 * @param project        the project name the stack runs under (for test stacks, with its run suffix)
 * @param environment    dev, test, prod or ci
 * @param publishAddress host address for published ports that name none; null keeps compose's meaning (all
 *                       addresses). Test and ci stacks on a local engine default to 127.0.0.1.
 * @param randomPorts    publish every fixed host port on an ephemeral one instead ({@code stack.ports=random});
 *                       honoured for test and ci stacks only
 */
public record PlanOptions(String project, String environment, String publishAddress, boolean randomPorts) {

    public PlanOptions(String project, String environment, String publishAddress) {
        this(project, environment, publishAddress, false);
    }
}
