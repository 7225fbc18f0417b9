package com.counteroffer.domain.profile;

import java.util.List;

/**
 * Examples of depth of project involvement. The seed: an engineer who built a cluster from scratch
 * for a successful LLM startup is valued above a 15-year generalist, so depth is evidence.
 */
public final class ProjectSuggestions {

    public static final List<String> ALL = List.of(
            "Built a GPU cluster from scratch",
            "Led a training-platform migration",
            "Scaled LLM inference serving to production traffic",
            "Built the ML platform on Kubernetes / Kubeflow",
            "Ran distributed training on 1,000+ GPUs",
            "Designed InfiniBand / high-speed interconnect networking",
            "Built the data lake behind model training",
            "Cut data-center energy use or GPU cost measurably",
            "Deployed edge AI inference infrastructure",
            "Set up MLOps / LLMOps pipelines from code to production");

    private ProjectSuggestions() {
    }
}
