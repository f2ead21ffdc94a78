/** A Cognito user id (`sub`) as pages and routes accept it in a path or a form. */
export const USER_ID = /^[A-Za-z0-9-]{1,64}$/;
