package io.storyweave.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command line's policy for the EC2 instance-metadata service: off EC2, the AWS SDK's look-up
 * there only waits for a time-out before a missing credential or region is reported, so the
 * command line and the example programs tell the SDK not to ask. {@code AWS_EC2_METADATA_DISABLED}
 * or {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} set by the user always win.
 */
public final class InstanceMetadata {
    private InstanceMetadata() {
    }

    /** Sets {@code aws.disableEc2Metadata=true} for this JVM unless the user chose, or this is EC2. */
    public static void keepAwayUnlessEc2() {
        if (System.getenv("AWS_EC2_METADATA_DISABLED") == null && System.getenv("AWS_EC2_METADATA_SERVICE_ENDPOINT") == null
                && System.getProperty("aws.disableEc2Metadata") == null && !looksLikeEc2()) {
            System.setProperty("aws.disableEc2Metadata", "true");
        }
    }

    /** @return whether local machine facts (DMI vendor and asset tag, the hypervisor id) say this is EC2 */
    static boolean looksLikeEc2() {
        for (String file : List.of("/sys/devices/virtual/dmi/id/sys_vendor", "/sys/devices/virtual/dmi/id/board_asset_tag",
                "/sys/hypervisor/uuid")) {
            try {
                String text = Files.readString(Path.of(file)).trim().toLowerCase(Locale.ROOT);
                if (text.contains("amazon") || text.startsWith("ec2") || text.startsWith("i-")) {
                    return true;
                }
            } catch (Exception ignored) {
                // not readable: not evidence either way
            }
        }
        return false;
    }
}
