package io.storyweave.bedrock.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Knows the shapes of Bedrock model identifiers: plain foundation model ids, cross-region
 * inference profile ids (geography prefix + model id) and ARNs.
 */
public final class ModelIds {
    /** Geography prefixes of system-defined cross-region inference profiles. */
    public static final List<String> PROFILE_PREFIXES = List.of("us-gov.", "us.", "eu.", "apac.", "jp.", "au.", "ca.",
            "global.");

    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-z-]*:bedrock:[a-z0-9-]+:(\\d{12})?:[a-z-]+/\\S+");
    private static final Pattern PROFILE_ARN = Pattern.compile(
            "arn:aws[a-z-]*:bedrock:[a-z0-9-]+:\\d{12}:(inference-profile|application-inference-profile)/\\S+");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Pattern ON_DEMAND_UNSUPPORTED = Pattern.compile(
            "(?i).*with on-demand throughput isn.t supported.*inference profile.*", Pattern.DOTALL);

    private ModelIds() {
    }

    /**
     * @param id an id
     * @return whether it is an ARN of any Bedrock resource kind
     */
    public static boolean isArn(String id) {
        return ARN.matcher(id).matches();
    }

    /**
     * @param id an id
     * @return whether it is an inference profile or application inference profile ARN
     */
    public static boolean isProfileArn(String id) {
        return PROFILE_ARN.matcher(id).matches();
    }

    /**
     * @param id an id
     * @return whether it is a cross-region profile id such as {@code us.anthropic...}
     */
    public static boolean isProfileId(String id) {
        return !isArn(id) && PROFILE_PREFIXES.stream().anyMatch(id::startsWith);
    }

    /**
     * @param id an id
     * @return whether it is a plain foundation model id (not a profile, not an ARN)
     */
    public static boolean isPlainModelId(String id) {
        return !isArn(id) && !isProfileId(id) && PLAIN_ID.matcher(id).matches();
    }

    /**
     * @param id a model id, cross-region profile id ({@code us.anthropic...}) or ARN
     *           ({@code arn:...:inference-profile/us.anthropic...})
     * @return the foundation model id inside it; for an application profile ARN, its last path part
     */
    public static String foundationModelId(String id) {
        String last = id.startsWith("arn:") ? id.substring(id.lastIndexOf('/') + 1) : id;
        for (String prefix : PROFILE_PREFIXES) {
            if (last.startsWith(prefix)) {
                return last.substring(prefix.length());
            }
        }
        return last;
    }

    /**
     * @param id an id
     * @return whether Bedrock accepts its shape as a model identifier
     */
    public static boolean isValid(String id) {
        return isArn(id) || PLAIN_ID.matcher(id).matches();
    }


    /**
     * The geography prefix of the system-defined profiles that serve a region. Asia Pacific uses
     * {@code apac.}, which Bedrock offers in every ap-* region; the Japan-only ({@code jp.}) and
     * Australia-only ({@code au.}) profiles are opt-in through configuration. Regions outside the
     * US, EU and Asia Pacific geographies use the {@code global.} profiles.
     *
     * @param region e.g. {@code eu-west-1}
     * @return e.g. {@code eu.}
     */
    public static String geographyPrefix(String region) {
        String r = region.toLowerCase(Locale.ROOT);
        if (r.startsWith("us-gov-")) {
            return "us-gov.";
        }
        if (r.startsWith("us-")) {
            return "us.";
        }
        if (r.startsWith("eu-")) {
            return "eu.";
        }
        if (r.startsWith("ap-")) {
            return "apac.";
        }
        return "global.";
    }

    /**
     * @param message a ValidationException message
     * @return whether it is Bedrock's "needs an inference profile" answer for a bare model id
     */
    public static boolean isOnDemandUnsupported(String message) {
        return message != null && ON_DEMAND_UNSUPPORTED.matcher(message).matches();
    }
}
