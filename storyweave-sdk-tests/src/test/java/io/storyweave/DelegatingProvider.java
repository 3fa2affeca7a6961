package io.storyweave;

import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProvider;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;

/** Test helper: forwards to another provider so a test can override one method. */
class DelegatingProvider implements ModelProvider {
    private final ModelProvider delegate;

    DelegatingProvider(ModelProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ModelHandle model(ModelTier tier) {
        return delegate.model(tier);
    }

    @Override
    public ModelResponse generate(ModelRequest request) {
        return delegate.generate(request);
    }
}
