package de.lotse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Starts Lotse, the cockpit for a municipality's digital transformation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
public class LotseApplication {

    public static void main(String[] args) {
        SpringApplication.run(LotseApplication.class, args);
    }
}
