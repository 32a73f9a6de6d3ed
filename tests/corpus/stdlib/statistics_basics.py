# statistics: averages and spread over ints, floats, Fractions and Decimals; NormalDist; errors
import statistics
from decimal import Decimal
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data))
print(statistics.stdev(data), statistics.variance(data), statistics.pvariance(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median([1, 3, 5, 7]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal("0.5"), Decimal("0.25")]))
print(statistics.variance([Fraction(1, 2), Fraction(3, 4), Fraction(1)]), statistics.mean([1, 2.5]))
print(statistics.fmean([1, 2, 3.5]), statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([40, 60]))
print(statistics.multimode("aabbbcccd"), statistics.mode(["red", "blue", "red"]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.quantiles(range(1, 11), n=10, method="inclusive"))
print(statistics.median_grouped([1, 2, 2, 3, 4]), statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
print(statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]), statistics.covariance([1, 2, 3], [1, 3, 2]))
nd = statistics.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 6), round(nd.pdf(100), 8))
print(nd + 5, nd * 2, round(nd.overlap(statistics.NormalDist(110, 15)), 6), statistics.NormalDist.from_samples(data))
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.harmonic_mean([-1, 2])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
