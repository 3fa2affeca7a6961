package io.storyweave.bedrock.internal;

/** One call to a model (Converse or ConverseStream), with the id and output budget to use. */
@FunctionalInterface
public interface ModelCall {
    /**
     * @param modelId   the model id, inference profile id or ARN to call
     * @param maxTokens the output budget
     * @return what the call returned
     * @throws io.storyweave.spi.ModelProviderException classified failure
     */
    Outcome call(String modelId, int maxTokens);

    /**
     * @param errors classifies whatever the AWS SDK throws
     * @return this call, failing only with classified failures
     */
    default ModelCall classifiedBy(ErrorClassifier errors) {
        return (modelId, maxTokens) -> {
            try {
                return call(modelId, maxTokens);
            } catch (RuntimeException e) {
                throw errors.classify(e, modelId);
            }
        };
    }
}
