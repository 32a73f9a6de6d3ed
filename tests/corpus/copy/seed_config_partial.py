# the seed's Config with a __deepcopy__ that shares the cache on purpose
import copy
class Config:
    def __init__(self, settings, cache):
        self.settings = settings
        self.cache = cache
    def __deepcopy__(self, memo):
        return Config(copy.deepcopy(self.settings, memo), self.cache)
cfg = Config({"debug": [True]}, {"k": "v"})
c2 = copy.deepcopy(cfg)
print(c2.settings == cfg.settings, c2.settings is cfg.settings, c2.settings["debug"] is cfg.settings["debug"])
print(c2.cache is cfg.cache)
