from dsl import *


def objs_0260(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, numcolors)
    x3 = color(x2)
    x4 = ofcolor(I, x3)
    x5 = toobject(x4, I)
    x6 = mostcolor(I)
    x7 = replace(I, x3, x6)
    x8 = first(x1)
    x9 = paint(x7, x8)
    x10 = rot180(x9)
    x11 = objects(I, T, T, F)
    x12 = fork(equality, identity, cmirror)
    x13 = mfilter(x11, x12)
    x14 = fill(x10, x6, x13)
    O = subgrid(x5, x14)
    return O


def objs_0261(I):
    x1 = righthalf(I)
    x2 = partition(I)
    x3 = argmax(x2, size)
    x4 = centerofmass(x3)
    x5 = invert(x4)
    x6 = rbind(shift, x5)
    x7 = x6(x3)
    x8 = paint(x1, x7)
    x9 = argmin(x2, width)
    O = paint(x8, x9)
    return O


def objs_0262(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = compose(lefthalf, rot90)
    x4 = x3(I)
    x5 = subgrid(x2, x4)
    x6 = objects(I, F, F, T)
    x7 = merge(x6)
    x8 = fill(x5, x1, x7)
    O = paint(x8, x7)
    return O


def objs_0263(I):
    x1 = objects(I, F, T, T)
    x2 = chain(vmirror, normalize, dmirror)
    x3 = apply(x2, x1)
    x4 = merge(x3)
    x5 = paint(I, x4)
    x6 = rot90(x5)
    x7 = bottomhalf(x6)
    x8 = subgrid(x4, x7)
    O = underfill(x8, ZERO, x4)
    return O


def objs_0264(I):
    x1 = upscale(I, TWO)
    x2 = fgpartition(I)
    x3 = first(x2)
    x4 = paint(x1, x3)
    x5 = rbind(subgrid, x4)
    x6 = lrcorner(x3)
    x7 = dneighbors(x6)
    x8 = x5(x7)
    x9 = hmirror(x3)
    x10 = paint(x8, x9)
    x11 = sizefilter(x2, FOUR)
    x12 = combine(x2, x11)
    x13 = rbind(bordering, x10)
    x14 = mfilter(x12, x13)
    O = paint(x10, x14)
    return O


def objs_0265(I):
    x1 = objects(I, T, T, T)
    x2 = sizefilter(x1, ONE)
    x3 = last(x2)
    x4 = rbind(adjacent, x3)
    x5 = extract(x1, x4)
    x6 = paint(I, x5)
    x7 = argmax(x2, size)
    x8 = leastcolor(I)
    x9 = ofcolor(I, x8)
    x10 = subgrid(x9, x6)
    x11 = subgrid(x7, x10)
    x12 = color(x7)
    x13 = replace(x11, x8, x12)
    x14 = hconcat(x6, x13)
    O = underfill(x14, x12, x9)
    return O


def objs_0266(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = lrcorner(x2)
    x4 = dneighbors(x3)
    x5 = paint(I, x2)
    x6 = subgrid(x4, x5)
    x7 = rbind(sizefilter, TWO)
    x8 = x7(x1)
    x9 = matcher(leftmost, ONE)
    x10 = mfilter(x8, x9)
    x11 = color(x10)
    O = fill(x6, x11, x10)
    return O


def objs_0267(I):
    x1 = partition(I)
    x2 = mapply(vmirror, x1)
    x3 = objects(I, T, T, T)
    x4 = underfill(I, THREE, x2)
    x5 = rbind(bordering, x4)
    x6 = mfilter(x3, x5)
    x7 = color(x6)
    x8 = fill(I, x7, x2)
    x9 = objects(I, F, F, T)
    x10 = remove(x6, x9)
    x11 = first(x10)
    O = cover(x8, x11)
    return O


def objs_0268(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = compose(outbox, dmirror)
    x4 = partition(I)
    x5 = mapply(x3, x4)
    x6 = fill(I, FOUR, x5)
    x7 = objects(I, F, T, F)
    x8 = compose(cmirror, normalize)
    x9 = apply(x8, x7)
    x10 = order(x9, leastcolor)
    x11 = first(x10)
    x12 = fill(x6, x1, x11)
    O = subgrid(x2, x12)
    return O


def objs_0269(I):
    x1 = partition(I)
    x2 = power(cmirror, TWO)
    x3 = apply(x2, x1)
    x4 = argmax(x3, numcolors)
    x5 = objects(I, T, F, T)
    x6 = first(x5)
    x7 = leastcolor(I)
    x8 = ofcolor(I, x7)
    x9 = vmatching(x6, x8)
    x10 = shape(I)
    x11 = canvas(x7, x10)
    x12 = branch(x9, I, x11)
    O = subgrid(x4, x12)
    return O


def objs_0270(I):
    x1 = objects(I, T, T, T)
    x2 = sizefilter(x1, THREE)
    x3 = last(x2)
    x4 = lbind(manhattan, x3)
    x5 = argmax(x1, x4)
    x6 = shape(x5)
    x7 = canvas(SIX, x6)
    x8 = underpaint(x7, x5)
    x9 = merge(x2)
    O = cover(x8, x9)
    return O


def objs_0271(I):
    x1 = objects(I, F, F, T)
    x2 = compose(cmirror, delta)
    x3 = fork(multiply, rightmost, height)
    x4 = compose(x3, x2)
    x5 = order(x1, x4)
    x6 = first(x5)
    x7 = llcorner(x6)
    x8 = dneighbors(x7)
    x9 = recolor(ONE, x8)
    x10 = objects(I, T, F, T)
    x11 = sizefilter(x10, TWO)
    x12 = first(x11)
    x13 = gravitate(x12, x9)
    x14 = move(I, x12, x13)
    x15 = mapply(cmirror, x11)
    O = fill(x14, TWO, x15)
    return O


def objs_0272(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = ulcorner(x2)
    x4 = shoot(x3, DOWN)
    x5 = rbind(contained, x4)
    x6 = sfilter(x2, x5)
    x7 = objects(I, T, F, T)
    x8 = first(x7)
    x9 = mostcolor(x8)
    x10 = fill(I, x9, x6)
    x11 = fork(connect, llcorner, center)
    x12 = apply(x11, x7)
    x13 = mfilter(x12, portrait)
    x14 = box(x13)
    O = cover(x10, x14)
    return O


def objs_0273(I):
    x1 = objects(I, F, F, T)
    x2 = objects(I, T, F, F)
    x3 = combine(x1, x2)
    x4 = merge(x3)
    x5 = argmin(x3, size)
    x6 = underpaint(I, x5)
    x7 = objects(I, T, T, T)
    x8 = compose(lowermost, box)
    x9 = argmin(x7, x8)
    x10 = argmin(x7, size)
    x11 = gravitate(x10, x9)
    x12 = move(x6, x10, x11)
    x13 = subgrid(x4, x12)
    x14 = extract(x7, square)
    O = paint(x13, x14)
    return O


def objs_0274(I):
    x1 = tophalf(I)
    x2 = objects(I, F, F, F)
    x3 = rbind(bordering, x1)
    x4 = mfilter(x2, x3)
    x5 = normalize(x4)
    x6 = fgpartition(I)
    x7 = apply(ulcorner, x6)
    x8 = lbind(position, x7)
    x9 = mostcolor(I)
    x10 = ofcolor(I, x9)
    x11 = x8(x10)
    x12 = multiply(x11, TWO)
    O = move(x1, x5, x12)
    return O


def objs_0275(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = lbind(manhattan, x2)
    x4 = order(x1, x3)
    x5 = first(x4)
    x6 = square(x2)
    x7 = subgrid(x5, I)
    x8 = branch(x6, I, x7)
    x9 = righthalf(x8)
    x10 = bordering(x5, x9)
    x11 = paint(x8, x5)
    x12 = branch(x10, x9, x11)
    x13 = asindices(I)
    O = cover(x12, x13)
    return O


def objs_0276(I):
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = corners(x2)
    x4 = fill(I, ZERO, x3)
    x5 = rbind(subgrid, x4)
    x6 = box(x3)
    x7 = x5(x6)
    x8 = first(x1)
    x9 = move(x7, x8, RIGHT)
    x10 = leastcolor(I)
    x11 = replace(x9, EIGHT, x10)
    O = fill(x11, x10, x2)
    return O


def objs_0277(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = mapply(hfrontier, x2)
    x4 = fill(I, SIX, x3)
    x5 = objects(I, F, F, T)
    x6 = argmax(x5, numcolors)
    x7 = leftmost(x6)
    x8 = matcher(size, x7)
    x9 = sfilter(x5, x8)
    x10 = partition(I)
    x11 = difference(x9, x10)
    x12 = extract(x11, square)
    O = underfill(x4, x1, x12)
    return O


def objs_0278(I):
    x1 = ofcolor(I, SEVEN)
    x2 = underfill(I, FIVE, x1)
    x3 = subgrid(x1, x2)
    x4 = objects(I, T, T, T)
    x5 = argmin(x4, height)
    x6 = compose(mostcolor, dmirror)
    x7 = argmax(x4, size)
    x8 = x6(x7)
    x9 = fill(x3, x8, x5)
    x10 = rot180(x9)
    O = underpaint(x10, x7)
    return O


def objs_0279(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = lrcorner(x2)
    x4 = ineighbors(x3)
    x5 = lbind(connect, x3)
    x6 = mapply(x5, x4)
    x7 = box(x6)
    x8 = combine(x6, x7)
    x9 = shape(x8)
    x10 = leastcolor(I)
    O = canvas(x10, x9)
    return O
