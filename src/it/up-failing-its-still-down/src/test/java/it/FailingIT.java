package it;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

class FailingIT {
    @Test
    void failsOnPurpose() {
        assertNotNull(System.getProperty("echo.port"), "the exported port reached failsafe");
        fail("this integration test fails on purpose");
    }
}
