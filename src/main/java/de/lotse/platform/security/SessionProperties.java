package de.lotse.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a login lasts ({@code lotse.session.*}). The idle timeout is the servlet container's
 * ({@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout how long after login a session ends, however active it is
 */
@ConfigurationProperties("lotse.session")
record SessionProperties(@DefaultValue("10h") Duration absoluteTimeout) {}
