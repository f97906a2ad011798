"""Settings shared by the whole suite."""

from hypothesis import HealthCheck, settings

# Property tests check what is generated, not how fast: on a loaded 2-core machine (CI, or several
# suites at once) generating inputs can exceed Hypothesis's timing checks without anything being
# wrong, so those checks are off for every test.
settings.register_profile(
    "suite", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("suite")
