import { Icon } from '../shared/Icon';

/** A lightning bolt: faults on demand. */
export const ChaosIcon = () => (
  <Icon>
    <path d="M13 3L5 14h6l-1 7 8-11h-6z" />
  </Icon>
);
