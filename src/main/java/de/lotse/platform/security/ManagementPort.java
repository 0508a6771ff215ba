package de.lotse.platform.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Recognises requests that reached the separate management port ({@code MANAGEMENT_SERVER_PORT}),
 * by the port the server really accepted them on, never by a header.
 *
 * @param port the management port, or a negative number when actuator shares the application's port
 */
record ManagementPort(int port) {

    boolean matches(HttpServletRequest request) {
        if (port <= 0) {
            return false;
        }
        ServletRequest received = request;
        // below any wrapper, so that no forwarded header can claim the port
        while (received instanceof ServletRequestWrapper wrapper) {
            received = wrapper.getRequest();
        }
        return received.getLocalPort() == port;
    }
}
